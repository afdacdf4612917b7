# an SRI body is always base-64, even if it looks like base-16
builtins.convertHash { hash = "md5-900150983cd24fb0d6963f7d28e17f72"; toHashFormat = "base16"; }
