using Concord.Hub.Agencies;
using Concord.Hub.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class EphemerisSegmentConfiguration : IEntityTypeConfiguration<EphemerisSegment>
{
    public void Configure(EntityTypeBuilder<EphemerisSegment> builder)
    {
        builder.ToTable("ephemeris_segments");
        builder.HasKey(e => e.Id);
        builder.HasOne<Submission>().WithMany().HasForeignKey(e => e.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.ObjectName).HasMaxLength(128).IsRequired();
        builder.Property(e => e.ObjectId).HasMaxLength(64).IsRequired();
        builder.HasIndex(e => new { e.CatalogNumber, e.UseableStart });
        builder.Property(e => e.CenterName).HasMaxLength(64).IsRequired();
        builder.Property(e => e.ReferenceFrame).HasMaxLength(64).IsRequired();
        builder.Property(e => e.TimeSystem).HasMaxLength(16).IsRequired();
        builder.Property(e => e.UseableStart).HasEpochConversion();
        builder.Property(e => e.UseableStop).HasEpochConversion();
        builder.Property(e => e.Text).IsRequired();
        builder.Property(e => e.Trajectory);
        builder.Property(e => e.TrajectoryConverted);
        builder.Property(e => e.Originator).HasMaxLength(AgencyRules.MaxCodeLength).IsRequired();
        builder.Property(e => e.Marking).HasMarkingConversion();
        builder.Property(e => e.RelTo).HasAgencyListConversion();
        builder.Property(e => e.StoredAt).IsRequired();
    }
}
