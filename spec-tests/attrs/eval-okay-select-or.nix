# or supplies a default for a missing attribute
[ ({ a = 1; }.b or 2) ({ a = 1; }.a or 2) ]
