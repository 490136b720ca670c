export interface PageHeadingProps {
  children: string;
}

/** The page's single h1; also sets the document title so each page is announced by name. */
export function PageHeading({ children }: PageHeadingProps) {
  return (
    <>
      <title>{`${children} | Abate`}</title>
      <h1 className="margin-top-0">{children}</h1>
    </>
  );
}
