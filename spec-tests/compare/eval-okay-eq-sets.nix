# sets are compared deeply
[ ({ a = 1; b = { c = 2; }; } == { b = { c = 2; }; a = 1; }) ({ a = 1; } == { a = 2; }) ({ } == { }) ({ a = 1; } == { a = 1; b = 2; }) ]
