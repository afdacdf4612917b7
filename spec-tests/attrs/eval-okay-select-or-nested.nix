# or applies to the whole selection path
[ ({ a = { }; }.a.b.c or "d") ({ a = 1; }.a.b or "e") ]
