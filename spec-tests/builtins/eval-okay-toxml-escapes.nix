# toXML escapes quotes, angle brackets, ampersands and newlines in attributes
builtins.toXML "<a href=\"x\">&amp;\nline</a>"
