# fromTOML: tabs are shown as 0x09(TAB) in the excerpt
builtins.fromTOML "a\t=\t\"x\"\t@"
