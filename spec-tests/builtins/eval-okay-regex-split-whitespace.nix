# split: a typical use, splitting on runs of spaces
builtins.split "[[:space:]]+" " a  b\tc\n"
