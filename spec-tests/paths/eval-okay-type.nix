# path literals have type path
map builtins.typeOf [ ./a /a ../a a/b ]
