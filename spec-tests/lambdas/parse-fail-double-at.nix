# only one @ binding is allowed
a@{ b }@c: b
