// run

// A stack and a ring-buffer queue built on slices, with methods on
// pointer receivers.

package main

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s *Stack) Len() int { return len(s.items) }

type Queue struct {
	buf        [8]string
	head, size int
}

func (q *Queue) Put(s string) bool {
	if q.size == len(q.buf) {
		return false
	}
	q.buf[(q.head+q.size)%len(q.buf)] = s
	q.size++
	return true
}

func (q *Queue) Get() (string, bool) {
	if q.size == 0 {
		return "", false
	}
	s := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return s, true
}

func main() {
	var s Stack
	for i := 0; i < 10; i++ {
		s.Push(i * i)
	}
	for s.Len() > 3 {
		print(s.Pop(), " ")
	}
	println()
	q := &Queue{}
	words := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}
	for _, w := range words {
		println(w, q.Put(w))
	}
	for {
		w, ok := q.Get()
		if !ok {
			break
		}
		print(w)
	}
	println()
}
