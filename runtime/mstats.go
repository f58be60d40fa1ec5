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

// MemStats holds memory allocator statistics, with gc's fields. Without a
// garbage collector nothing is freed: Frees is 0, HeapObjects counts every
// allocation, and the GC fields stay zero (EnableGC is false).
type MemStats struct {
	Alloc      uint64 // bytes of allocated heap objects
	TotalAlloc uint64 // bytes allocated for heap objects, cumulative
	Sys        uint64 // bytes obtained from the OS
	Lookups    uint64
	Mallocs    uint64 // heap objects allocated, cumulative
	Frees      uint64 // heap objects freed, cumulative

	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64

	StackInuse  uint64
	StackSys    uint64
	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64

	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool

	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m with the allocator's statistics.
func ReadMemStats(m *MemStats) {
	s := &memstats
	*m = MemStats{}
	m.Alloc = s.heap_alloc
	m.TotalAlloc = s.total_alloc
	m.Sys = s.heap_sys + s.stacks_sys + s.other_sys
	m.Mallocs = s.nmalloc
	m.HeapAlloc = s.heap_alloc
	m.HeapSys = s.heap_sys
	m.HeapInuse = s.heap_inuse
	m.HeapIdle = s.heap_sys - s.heap_inuse
	m.HeapObjects = s.nmalloc
	m.StackInuse = s.stacks_inuse
	m.StackSys = s.stacks_sys
	m.OtherSys = s.other_sys
	for i := 0; i < len(m.BySize) && i < _NumSizeClasses; i++ {
		m.BySize[i].Size = uint32(class_to_size[i])
	}
}

// MemProfileRate is the heap profiler's sampling rate, in bytes. gc sets
// it to 0 in programs that cannot read a profile (its linker's
// disableMemoryProfiling); there is no profiler here, so it starts at 0.
var MemProfileRate int = 0
