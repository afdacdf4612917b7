# an interpolation must be closed with }
"a${b"
