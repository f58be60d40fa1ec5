// Allocator statistics, with the meaning of gc's MemStats fields (heap
// bytes allocated, heap bytes in spans, memory obtained from the OS).

package runtime

type mstats struct {
	heap_alloc   uint64 // bytes of allocated heap objects
	total_alloc  uint64 // bytes allocated, cumulative
	heap_inuse   uint64 // bytes in spans holding objects
	heap_sys     uint64 // bytes of heap memory obtained from the OS
	nmalloc      uint64 // number of objects allocated
	stacks_inuse uint64 // bytes of goroutine stacks in use
	stacks_sys   uint64 // bytes of stack memory obtained from the OS
	other_sys    uint64 // allocator metadata and other runtime memory
}

var memstats mstats

// readmemstats returns the heap counters that tests and the os package's
// helpers show: objects allocated, bytes in use in spans, from the OS.
func readmemstats() (heapAlloc, heapInuse, heapSys, nmalloc uint64) {
	return memstats.heap_alloc, memstats.heap_inuse, memstats.heap_sys, memstats.nmalloc
}
