# attribute names that are not plain identifiers are quoted
{ "a b" = 1; "if" = 2; "" = 3; "1a" = 4; x-y = 5; "a'" = 6; "a.b" = 7; _x = 8; "-a" = 9; }
