"""Model artefacts that ship with Enclave, and the declared workflow that builds them."""
