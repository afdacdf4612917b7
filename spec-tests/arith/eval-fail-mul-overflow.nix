# integer multiplication overflow is an error
4611686018427387904 * 2
