// Declarations of the system calls in sys_linux_amd64.s.

package runtime

import "unsafe"

func exit(code int32)
func exitThread(code int32)
func write1(fd uintptr, p unsafe.Pointer, n int32) int32
func read(fd int32, p unsafe.Pointer, n int32) int32
func open(name *byte, mode, perm int32) int32
func closefd(fd int32) int32
func usleep(usec uint32)
func osyield()
func gettid() uint32
func getpid() int
func tgkill(tgid, tid, sig int)
func raise(sig uint32)
func nanotime1() int64
func walltime() (sec int64, nsec int32)
func sysMmap(addr unsafe.Pointer, n uintptr, prot, flags, fd int32, off uint32) (p unsafe.Pointer, err int)
func sysMunmap(addr unsafe.Pointer, n uintptr)
func madvise(addr unsafe.Pointer, n uintptr, flags int32) int32
func rtsigprocmask(how int32, new, old *sigset, size int32)
func rt_sigaction(sig uintptr, new, old *sigactiont, size uintptr) int32
func sigaltstack(new, old *stackt)
func sched_getaffinity(pid, len uintptr, buf *byte) int32
func sigtramp()
func sigreturn__sigaction()
func settls()

// mmap calls the mmap system call: the mapping, or nil and the errno.
func mmap(addr unsafe.Pointer, n uintptr, prot, flags, fd int32, off uint32) (unsafe.Pointer, int) {
	return sysMmap(addr, n, prot, flags, fd, off)
}

// munmap unmaps [addr, addr+n).
func munmap(addr unsafe.Pointer, n uintptr) {
	sysMunmap(addr, n)
}

// nanotime is the monotonic clock in nanoseconds.
func nanotime() int64 {
	return nanotime1()
}
