# the empty attribute set
{ }
