# quoted attribute names use string escaping
{ "a\"b" = 1; "c\nd" = 2; "e\${f}" = 3; "é" = 4; }
