using System.Globalization;
using System.Text;
using Concord.Formats.Ccsds.Oem;

namespace Concord.Formats.Tests.Ccsds.Oem;

public sealed partial class OemReaderTests
{
    private const int LargePointCount = 100_000;

    [Fact]
    public void GeneratedLargeOemStreams()
    {
        // Generated on the fly through a pipe-like reader, so the text never exists as one string.
        using var reader = new GeneratedOemReader(LargePointCount);
        OemReadResult result = OemReader.Read(reader);
        Assert.Empty(result.Diagnostics);
        OemSegment segment = Assert.Single(result.Message!.Segments);
        Assert.Equal(LargePointCount, segment.Count);
        Assert.Equal(LargePointCount * OemSegment.StateStride, segment.States.Count);
        Assert.Equal(7000.0 + (LargePointCount - 1), segment.GetStateVector(LargePointCount - 1).XKilometers);
    }

    [Fact]
    public void LargeOemRoundTripsThroughXmlFileStreams()
    {
        using var reader = new GeneratedOemReader(LargePointCount);
        Concord.Formats.Ccsds.Oem.Oem oem = OemReader.Read(reader).Message!;
        string path = Path.Combine(Path.GetTempPath(), "concord-oem-" + Guid.NewGuid().ToString("N") + ".xml");
        try
        {
            using (var writer = new StreamWriter(path))
            {
                Assert.Empty(OemWriter.Write(oem, Concord.Formats.Ccsds.CcsdsFormat.Xml, writer));
            }

            using FileStream stream = File.OpenRead(path);
            OemReadResult result = OemReader.Read(stream);
            Assert.Empty(result.Diagnostics);
            Assert.Equal(oem, result.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class GeneratedOemReader(int count) : TextReader
    {
        private static readonly DateTime s_start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        private readonly Queue<string> _header = new(
        [
            "CCSDS_OEM_VERS = 3.0", "CREATION_DATE = 2024-01-01T00:00:00", "ORIGINATOR = TEST", "META_START", "OBJECT_NAME = SAT",
            "OBJECT_ID = 2024-001A", "CENTER_NAME = EARTH", "REF_FRAME = EME2000", "TIME_SYSTEM = UTC", "START_TIME = 2024-01-01T00:00:00",
            "STOP_TIME = " + s_start.AddSeconds(count - 1).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            "INTERPOLATION = LAGRANGE", "INTERPOLATION_DEGREE = 5", "META_STOP",
        ]);

        private int _next;

        public override string? ReadLine()
        {
            if (_header.TryDequeue(out string? line))
            {
                return line;
            }

            if (_next >= count)
            {
                return null;
            }

            int i = _next++;
            var builder = new StringBuilder(96);
            builder.Append(s_start.AddSeconds(i).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            builder.Append(CultureInfo.InvariantCulture, $" {7000.0 + i} 0.5 -1.25 0.001 7.5 0.0");
            return builder.ToString();
        }

        public override int Peek() => _header.Count > 0 ? _header.Peek()[0] : (_next < count ? '2' : -1);

        public override int Read() => throw new NotSupportedException();
    }
}
