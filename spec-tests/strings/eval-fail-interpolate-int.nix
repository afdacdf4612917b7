# integers cannot be interpolated into strings
"a${1}"
