namespace Concord.Astro.Propagation.Sgp4;

/// <summary>Where <see cref="Sgp4BatchPropagation"/> writes states: component c (x, y, z, ẋ, ẏ, ż; km and km/s) of
/// object i at grid step k goes to <c>Data[map(i)·ObjectStride + k·StepStride + c·ComponentStride]</c>.</summary>
/// <param name="Data">The destination.</param>
/// <param name="ObjectStride">Distance between objects.</param>
/// <param name="StepStride">Distance between grid steps.</param>
/// <param name="ComponentStride">Distance between state components.</param>
/// <param name="ObjectMap">Maps a batch object index to the destination's object index; null for the identity.</param>
internal readonly record struct Sgp4BatchOutput(double[] Data, int ObjectStride, int StepStride, int ComponentStride, int[]? ObjectMap)
{
    public void Store(int objectIndex, int step, double rx, double ry, double rz, double vx, double vy, double vz)
    {
        int target = ObjectMap is null ? objectIndex : ObjectMap[objectIndex];
        int at = (target * ObjectStride) + (step * StepStride);
        Data[at] = rx;
        Data[at + ComponentStride] = ry;
        Data[at + (2 * ComponentStride)] = rz;
        Data[at + (3 * ComponentStride)] = vx;
        Data[at + (4 * ComponentStride)] = vy;
        Data[at + (5 * ComponentStride)] = vz;
    }
}
