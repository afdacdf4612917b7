# default values may refer to other formals
({ a ? b + 1, b ? 10 }: [ a b ]) { }
