# booleans cannot be interpolated into strings
"a${true}"
