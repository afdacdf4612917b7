# a set without __toString or outPath cannot be interpolated
"a${{ b = 1; }}"
