# base-16 input may be upper case; output is lower case
builtins.convertHash { hash = "900150983CD24FB0D6963F7D28E17F72"; hashAlgo = "md5"; toHashFormat = "base16"; }
