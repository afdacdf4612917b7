# null cannot be interpolated into strings
"a${null}"
