# toXML escapes newlines in attribute values but leaves tabs and carriage returns as they are
builtins.toXML "a\tb\rc\nd"
