# toPath canonicalises and gives a string
builtins.toPath "/a/./b//../c/"
