using Concord.Astro.Propagation.Sgp4;

namespace Concord.Astro.Tests.Propagation.Sgp4;

/// <summary>A carried <see cref="Sgp4IntegratorState"/> (with its cached dspace dot terms) gives the same bits as a
/// restart from epoch, which is what lets the scalar batch path carry it.</summary>
public sealed class Sgp4IntegratorStateTests
{
    [Fact]
    public void CarriedStateIsBitIdenticalToRestartOnResonantVerificationCases()
    {
        int resonant = 0;
        foreach (VerificationTleCase run in VerificationTleCases.All)
        {
            Sgp4InitResult init = Sgp4Propagator.Create(run.Elements, Sgp4Options.Default);
            if (!init.Success || init.Propagator.Coefficients.irez == 0)
            {
                continue;
            }

            resonant++;
            Sgp4Coefficients satrec = init.Propagator.Coefficients;

            // Forward across epoch at 7 min (several calls per 720 min integrator step), then backwards (restarts).
            var times = new List<double>();
            for (double t = -1500.0; t <= 3000.0; t += 7.0)
            {
                times.Add(t);
            }

            for (double t = 3000.0; t >= -1500.0; t -= 337.0)
            {
                times.Add(t);
            }

            Sgp4IntegratorState state = default;
            foreach (double t in times)
            {
                Sgp4Error carried = Sgp4Kernel.Propagate(satrec, t, ref state,
                    out double rx, out double ry, out double rz, out double vx, out double vy, out double vz);
                Sgp4Error restarted = Sgp4Kernel.Propagate(satrec, t,
                    out double ex, out double ey, out double ez, out double evx, out double evy, out double evz);
                Assert.Equal(restarted, carried);
                Assert.Equal((ex, ey, ez, evx, evy, evz), (rx, ry, rz, vx, vy, vz));
            }
        }

        // The verification set has both 24 h (irez 1) and 12 h (irez 2) resonant objects.
        Assert.True(resonant >= 2, $"only {resonant} resonant verification cases");
    }
}
