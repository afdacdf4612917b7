# self-referential lazy structures are fine when only a finite part is used
let ones = { head = 1; tail = ones; }; in ones.tail.tail.tail.head
