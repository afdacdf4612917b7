# logical negation
[ (!true) (!false) (!!true) ]
