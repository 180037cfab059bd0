// The translations library carries only the compiled .qm resources; this file gives the
// static library a translation unit of its own.
namespace atc::translations {
int anchor()
{
    return 0;
}
} // namespace atc::translations
