namespace Concord.Demo;

/// <summary>The demo's seeded random numbers. <see cref="Random(int)"/> with a seed keeps its algorithm across .NET
/// versions, so a seed gives the same catalog everywhere. Not thread-safe.</summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Uniform(double min, double max) => min + ((max - min) * _random.NextDouble());

    /// <summary>Uniform integer in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public int Integer(int min, int max) => _random.Next(min, max);

    /// <summary>Normal with mean 0 (Box-Muller).</summary>
    public double Gaussian(double standardDeviation)
    {
        double u1 = 1.0 - _random.NextDouble();
        double u2 = _random.NextDouble();
        return standardDeviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
