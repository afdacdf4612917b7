# -> binds looser than || and is right associative
[ (false -> false -> false) (true || false -> false) ]
