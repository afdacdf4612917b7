# with spaces around the slash it is a division
1.0 / 4
