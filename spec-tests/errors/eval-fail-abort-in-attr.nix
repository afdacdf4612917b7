# abort inside a selected attribute
{ x = abort "inside x"; }.x
