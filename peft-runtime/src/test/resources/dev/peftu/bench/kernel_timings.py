# The PyTorch half of dev.peftu.bench.KernelTimings: the same operations on the same shapes,
# timed the same way, printed as "name<TAB>microseconds" lines the Java side joins by name.
import sys, time, torch, torch.nn.functional as F

ITERATIONS, ROUNDS = int(sys.argv[1]), int(sys.argv[2])

def timed(name, run):
    for _ in range(max(5, ITERATIONS // 10)):
        run()
    rounds = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(ITERATIONS):
            run()
        rounds.append((time.perf_counter() - start) / ITERATIONS * 1e6)
    print(f"{name}\t{sorted(rounds)[len(rounds) // 2]:.2f}", flush=True)

def linear(rows, inputs, outputs):
    x, w, b = torch.randn(rows, inputs), torch.randn(outputs, inputs), torch.randn(outputs)
    return lambda: F.linear(x, w, b)

def bmm(batch, rows, inner, columns):
    a, b = torch.randn(batch, rows, inner), torch.randn(batch, inner, columns)
    return lambda: torch.bmm(a, b)

print(f"version\tplain PyTorch {torch.__version__} ({torch.get_num_threads()} threads)", flush=True)
one = torch.tensor(1.0)
timed("tiny add", lambda: one + one)
timed("linear 128x384 -> 1152", linear(128, 384, 1152))
timed("linear 128x384 -> 384", linear(128, 384, 384))
timed("linear 128x384 -> 1536", linear(128, 384, 1536))
timed("linear 128x1536 -> 384", linear(128, 1536, 384))
timed("bmm [1,128,384]x[1,384,8]", bmm(1, 128, 384, 8))
timed("bmm [1,128,8]x[1,8,384]", bmm(1, 128, 8, 384))
timed("bmm [1,384,128]x[1,128,8]", bmm(1, 384, 128, 8))
timed("bmm [96,16,32]x[96,32,16]", bmm(96, 16, 32, 16))
scores = torch.randn(8, 12, 16, 16)
timed("softmax [8,12,16,16]", lambda: scores.softmax(-1))
hidden, gamma, beta = torch.randn(128, 384), torch.ones(384), torch.zeros(384)
timed("layer_norm [128,384]", lambda: F.layer_norm(hidden, (384,), gamma, beta, 1e-12))
wide = torch.randn(128, 1536)
timed("gelu [128,1536]", lambda: F.gelu(wide))
trained = wide.clone().requires_grad_(True)
timed("gelu forward and backward [128,1536]", lambda: F.gelu(trained).sum().backward())
