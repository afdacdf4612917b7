# fromJSON string escapes, surrogate pairs included
builtins.fromJSON ''"\" \/ \b\f\n\r\t \ud83d\ude00 \u00e9 \u0041"''
