# toString of a set without __toString or outPath
toString { a = 1; }
