# floats cannot be interpolated into strings
"a${1.5}"
