# an imported file that imports another file relative to itself
import ../../fixtures/import/chain.nix
