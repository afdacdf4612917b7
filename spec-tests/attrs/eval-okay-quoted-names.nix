# quoted attribute names
{ "a b" = 1; "" = 2; "1" = 3; "if" = 4; }
