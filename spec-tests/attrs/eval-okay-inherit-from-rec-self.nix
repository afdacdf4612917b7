# inherit (self) in a rec set can take from another attribute of the same set
rec { s = { v = 1; }; inherit (s) v; w = v + 1; }
