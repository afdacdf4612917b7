# lists cannot be interpolated into strings
"a${[ "b" ]}"
