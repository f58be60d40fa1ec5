// The process environment: a copy of the runtime's (runtime_envs), with
// an index by key, that Setenv and Unsetenv change; the first of
// duplicate keys wins, as in gc. The runtime runs every goroutine on one
// thread without preemption, so there is no lock.

package syscall

// runtime_envs returns the runtime's copy of the environment
// (runtime1.go, by //go:linkname).
func runtime_envs() []string

var (
	envCopied bool
	env       map[string]int // key -> index in envs
	envs      []string       // "key=value"; "" where unset
)

// copyenv fills env and envs once.
func copyenv() {
	if envCopied {
		return
	}
	envCopied = true
	envs = runtime_envs()
	env = make(map[string]int)
	for i, s := range envs {
		for j := 0; j < len(s); j++ {
			if s[j] == '=' {
				key := s[:j]
				if _, ok := env[key]; !ok {
					env[key] = i
				} else {
					envs[i] = ""
				}
				break
			}
		}
	}
}

// Getenv returns the value of key and whether it is set.
func Getenv(key string) (value string, found bool) {
	copyenv()
	if len(key) == 0 {
		return "", false
	}
	i, ok := env[key]
	if !ok {
		return "", false
	}
	s := envs[i]
	for i := 0; i < len(s); i++ {
		if s[i] == '=' {
			return s[i+1:], true
		}
	}
	return "", false
}

// Setenv sets key to value; EINVAL for an empty key or one holding '=' or
// NUL, or a value holding NUL.
func Setenv(key, value string) error {
	copyenv()
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	kv := key + "=" + value
	i, ok := env[key]
	if ok {
		envs[i] = kv
	} else {
		i = len(envs)
		envs = append(envs, kv)
	}
	env[key] = i
	return nil
}

// Unsetenv removes key.
func Unsetenv(key string) error {
	copyenv()
	if i, ok := env[key]; ok {
		envs[i] = ""
		delete(env, key)
	}
	return nil
}

// Clearenv removes every variable.
func Clearenv() {
	copyenv()
	env = make(map[string]int)
	envs = []string{}
}

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string {
	copyenv()
	a := make([]string, 0, len(envs))
	for _, s := range envs {
		if s != "" {
			a = append(a, s)
		}
	}
	return a
}
