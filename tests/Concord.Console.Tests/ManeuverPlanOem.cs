using System.Collections.Immutable;
using Concord.Astro.Mathematics;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;

namespace Concord.Console.Tests;

/// <summary>A manoeuvre plan as an operator would upload it: the planned ephemeris of an object (CCSDS OEM 502.0-B-3,
/// KVN, TEME, UTC) built from its newest element set with the project's SGP4, with an impulsive along-track burn.</summary>
/// <remarks>
/// <para>Physics. The unmanoeuvred trajectory is SGP4 from the element set. An impulsive velocity change
/// <c>Δv</c> along track at <c>t_b</c> is added as the relative motion it causes, from the Clohessy–Wiltshire (Hill)
/// equations for a near-circular orbit of mean motion <c>n</c> (Clohessy and Wiltshire, "Terminal guidance system for
/// satellite rendezvous", J. Aerospace Sciences 27(9), 1960; Vallado, Fundamentals of Astrodynamics and Applications,
/// 4th ed., 2013, §6.8, Eq. 6-66 with zero initial offset): with <c>τ = t − t_b</c>, radial
/// <c>x = (2Δv/n)(1 − cos nτ)</c> and along-track <c>y = (4Δv/n) sin nτ − 3Δv τ</c> (velocities their derivatives).
/// A prograde burn raises the orbit (x ≥ 0, up to 4Δv/n half an orbit later) and lengthens the period, so the object
/// falls behind (y drifts by −3Δv per second): 0.25 m/s two hours before TCA moves a 700 km LEO object about 5 km
/// along track and several hundred metres radially at TCA, which takes it kilometres away from a crossing object.</para>
/// <para>The offset is applied in the RTN frame of the unmanoeuvred state (R radial, N orbit normal, T = N × R), the
/// velocity offset including the frame's rotation (ω = n N): <c>v' = v + ẋR + ẏT + ω × (xR + yT)</c>. States before
/// the burn are SGP4's unchanged. The linearisation error over two hours (second order in the offset, metres) is far
/// below the separation the test checks.</para>
/// </remarks>
internal static class ManeuverPlanOem
{
    /// <summary>The planned OEM (KVN) of the object of <paramref name="omm"/>: a state every
    /// <paramref name="step"/> from <paramref name="start"/> to <paramref name="stop"/>, with a burn of
    /// <paramref name="deltaVMetersPerSecond"/> along track at <paramref name="burn"/>.</summary>
    public static string Build(Omm omm, Epoch start, Epoch stop, Duration step, Epoch burn, double deltaVMetersPerSecond)
    {
        Sgp4Elements elements = OmmConverter.ToSgp4Elements(omm).Value
            ?? throw new InvalidOperationException($"The OMM of {omm.Metadata.ObjectName} has no SGP4 elements.");
        Sgp4InitResult init = Sgp4Propagator.Create(elements, Sgp4Options.Default);
        Assert.True(init.Success, $"SGP4 cannot start from the elements of {omm.Metadata.ObjectName}: {init.Error}");
        Sgp4Propagator propagator = init.Propagator;
        double n = elements.MeanMotionRadiansPerMinute / 60.0; // rad/s

        var epochs = ImmutableArray.CreateBuilder<CcsdsDate>();
        var states = ImmutableArray.CreateBuilder<double>();
        for (Epoch at = start; (at - stop).TotalSeconds <= 0.0; at += step)
        {
            Sgp4Result state = propagator.Propagate((at - elements.Epoch).TotalMinutes);
            Assert.True(state.Success, $"SGP4 failed at {at.ToIsoString(TimeScale.Utc, 3)}: {state.Error}");
            Vector3d r = state.PositionMeters, v = state.VelocityMetersPerSecond;
            double tau = (at - burn).TotalSeconds;
            if (tau > 0.0)
            {
                Vector3d radial = r.Normalized();
                Vector3d normal = Vector3d.Cross(r, v).Normalized();
                Vector3d along = Vector3d.Cross(normal, radial);
                double s = Math.Sin(n * tau), c = Math.Cos(n * tau), dv = deltaVMetersPerSecond;
                double x = 2.0 * dv / n * (1.0 - c), y = (4.0 * dv / n * s) - (3.0 * dv * tau);
                double xDot = 2.0 * dv * s, yDot = (4.0 * dv * c) - (3.0 * dv);
                Vector3d offset = (x * radial) + (y * along);
                r += offset;
                v += (xDot * radial) + (yDot * along) + (n * Vector3d.Cross(normal, offset));
            }

            epochs.Add(CcsdsDate.FromEpoch(at, TimeScale.Utc));
            // OEM states are km and km/s (CCSDS 502.0-B-3 §5.2.4).
            states.AddRange(r.X / 1000.0, r.Y / 1000.0, r.Z / 1000.0, v.X / 1000.0, v.Y / 1000.0, v.Z / 1000.0);
        }

        var oem = new Oem
        {
            Header = new OemHeader
            {
                Version = "3.0",
                CreationDate = CcsdsDate.FromEpoch(Epoch.FromUtc(DateTimeOffset.UtcNow), TimeScale.Utc),
                Originator = omm.Header.Originator ?? "CONCORD-CONSOLE-TEST",
                Comments = ImmutableArray.Create(
                    $"Planned: {deltaVMetersPerSecond} m/s along track at {burn.ToIsoString(TimeScale.Utc, 0)} (Clohessy-Wiltshire offset on SGP4)"),
            },
            Segments = ImmutableArray.Create(new OemSegment
            {
                Metadata = new OemMetadata
                {
                    ObjectName = omm.Metadata.ObjectName,
                    ObjectId = omm.Metadata.ObjectId, // the international designator: the hub finds the object by it
                    CenterName = "EARTH",
                    ReferenceFrame = "TEME",
                    TimeSystem = "UTC",
                    StartTime = epochs[0],
                    StopTime = epochs[^1],
                },
                Epochs = epochs.ToImmutable(),
                States = states.ToImmutable(),
            }),
        };
        WriteResult written = OemWriter.Write(oem, CcsdsFormat.Kvn);
        return written.Text ?? throw new InvalidOperationException(
            "The plan OEM could not be written: " + string.Join("; ", written.Diagnostics.Select(d => d.ToString())));
    }
}
