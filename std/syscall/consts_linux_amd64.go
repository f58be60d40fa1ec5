// Linux amd64 system call numbers, open flags, file modes and the *at
// constants, with gc's names and values.

package syscall

// System call numbers (arch/x86/entry/syscalls/syscall_64.tbl).
const (
	SYS_READ       = 0
	SYS_WRITE      = 1
	SYS_OPEN       = 2
	SYS_CLOSE      = 3
	SYS_STAT       = 4
	SYS_FSTAT      = 5
	SYS_LSTAT      = 6
	SYS_LSEEK      = 8
	SYS_PREAD64    = 17
	SYS_PWRITE64   = 18
	SYS_DUP        = 32
	SYS_DUP2       = 33
	SYS_GETPID     = 39
	SYS_EXIT       = 60
	SYS_KILL       = 62
	SYS_FSYNC      = 74
	SYS_FTRUNCATE  = 77
	SYS_GETCWD     = 79
	SYS_CHDIR      = 80
	SYS_RENAME     = 82
	SYS_MKDIR      = 83
	SYS_RMDIR      = 84
	SYS_LINK       = 86
	SYS_UNLINK     = 87
	SYS_SYMLINK    = 88
	SYS_READLINK   = 89
	SYS_CHMOD      = 90
	SYS_GETUID     = 102
	SYS_GETGID     = 104
	SYS_GETEUID    = 107
	SYS_GETEGID    = 108
	SYS_GETPPID    = 110
	SYS_GETDENTS64 = 217
	SYS_EXIT_GROUP = 231
	SYS_OPENAT     = 257
	SYS_MKDIRAT    = 258
	SYS_NEWFSTATAT = 262
	SYS_UNLINKAT   = 263
	SYS_PIPE2      = 293
	SYS_DUP3       = 292
)

// Flags of open(2).
const (
	O_RDONLY    = 0x0
	O_WRONLY    = 0x1
	O_RDWR      = 0x2
	O_ACCMODE   = 0x3
	O_CREAT     = 0x40
	O_EXCL      = 0x80
	O_NOCTTY    = 0x100
	O_TRUNC     = 0x200
	O_APPEND    = 0x400
	O_NONBLOCK  = 0x800
	O_NDELAY    = 0x800
	O_DSYNC     = 0x1000
	O_ASYNC     = 0x2000
	O_DIRECT    = 0x4000
	O_LARGEFILE = 0x0
	O_DIRECTORY = 0x10000
	O_NOFOLLOW  = 0x20000
	O_NOATIME   = 0x40000
	O_CLOEXEC   = 0x80000
	O_SYNC      = 0x101000
	O_FSYNC     = 0x101000
	O_RSYNC     = 0x101000
)

// File types and permission bits of st_mode.
const (
	S_IFMT   = 0xf000
	S_IFSOCK = 0xc000
	S_IFLNK  = 0xa000
	S_IFREG  = 0x8000
	S_IFBLK  = 0x6000
	S_IFDIR  = 0x4000
	S_IFCHR  = 0x2000
	S_IFIFO  = 0x1000
	S_ISUID  = 0x800
	S_ISGID  = 0x400
	S_ISVTX  = 0x200
	S_IRUSR  = 0x100
	S_IWUSR  = 0x80
	S_IXUSR  = 0x40
)

// The *at system calls' directory and flags.
const (
	AT_FDCWD            = -0x64
	AT_REMOVEDIR        = 0x200
	AT_SYMLINK_NOFOLLOW = 0x100
)

// Whence values of Seek.
const (
	SEEK_SET = 0
	SEEK_CUR = 1
	SEEK_END = 2
)

// PathMax is the longest path Getwd returns.
const PathMax = 0x1000

// ImplementsGetwd reports that Getwd is a system call here.
const ImplementsGetwd = true
