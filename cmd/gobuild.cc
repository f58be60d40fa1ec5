// gobuild: the driver, like `go build`.
int main() { return 2; }
