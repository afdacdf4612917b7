# <name> is a call to the lexically scoped __findFile with __nixPath
let __findFile = path: name: "looked up ${name}"; in <foo/bar>
