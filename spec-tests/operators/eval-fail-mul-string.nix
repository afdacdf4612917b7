# * does not work on strings
"a" * 2
